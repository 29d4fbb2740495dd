"""Geometry for the dashboard's inline SVG charts, computed server-side (no JavaScript, no CDN)."""

from dataclasses import dataclass, field

from .models import CATEGORY_CHOICES

# Colour-blind-safe palette (Okabe–Ito), one colour per category; reports without one are grey.
CATEGORY_COLOURS = {
    "dangerous_advice": "#D55E00",
    "misinformation": "#E69F00",
    "conspiracy": "#CC79A7",
    "spam": "#0072B2",
    "abuse": "#009E73",
    "report": "#777777",
}
SERIES = [*CATEGORY_CHOICES, ("report", "Member report (other)")]


@dataclass
class Segment:
    y: float
    height: float
    colour: str
    label: str
    count: int


@dataclass
class Bar:
    x: float
    width: float
    label: str
    total: int
    segments: list[Segment] = field(default_factory=list)


@dataclass
class StackedChart:
    width: int
    height: int
    plot_top: int
    plot_bottom: int
    maximum: int
    bars: list[Bar]
    legend: list[tuple[str, str]]

    @property
    def is_empty(self) -> bool:
        return self.maximum == 0


def flags_per_day(days, per_day, *, width: int = 640, height: int = 220) -> StackedChart:
    """One stacked bar per day, one segment per category."""
    plot_top, plot_bottom, left = 10, height - 30, 36
    maximum = max((sum(per_day[day].values()) for day in days), default=0)
    scale = (plot_bottom - plot_top) / maximum if maximum else 0
    slot = (width - left - 10) / max(1, len(days))
    bars = []
    for index, day in enumerate(days):
        counts = per_day[day]
        bar = Bar(x=left + index * slot + slot * 0.15, width=slot * 0.7,
                  label=day.strftime("%d %b"), total=sum(counts.values()))
        y = plot_bottom
        for key, label in SERIES:
            count = counts.get(key, 0)
            if not count:
                continue
            h = count * scale
            y -= h
            bar.segments.append(Segment(round(y, 1), round(h, 1), CATEGORY_COLOURS[key],
                                        label, count))
        bars.append(bar)
    legend = [(label, CATEGORY_COLOURS[key]) for key, label in SERIES]
    return StackedChart(width, height, plot_top, plot_bottom, maximum, bars, legend)


@dataclass
class PrecisionBar:
    rule: str
    y: int
    width: float
    precision: float | None
    confirmed: int
    dismissed: int
    open: int


def precision_bars(rows, *, bar_width: int = 300, row_height: int = 22) -> list[PrecisionBar]:
    return [
        PrecisionBar(
            rule=row["rule"], y=index * row_height,
            width=round((row["precision"] or 0) * bar_width, 1), precision=row["precision"],
            confirmed=row["confirmed"], dismissed=row["dismissed"], open=row["open"],
        )
        for index, row in enumerate(rows)
    ]

"""Pure-Python importer: text document -> blocks -> passages -> merged statements and facts."""

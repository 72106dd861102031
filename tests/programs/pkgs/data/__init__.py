"""A package that ships a data file."""

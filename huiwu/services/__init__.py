"""Use cases: plain functions over a unit of work that return plain frozen dataclasses, never ORM objects."""

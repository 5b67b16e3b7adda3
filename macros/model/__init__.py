"""The model: one module per kind of record (its dataclasses, how it is built, the references it checks)."""

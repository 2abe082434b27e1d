"""The attribution rules by family, each ``find(ctx, quote) -> Attribution | None`` (see :mod:`quotex.attribution.sieve`).
"""

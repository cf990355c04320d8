"""The filter families, one module each; ``default_pipeline`` lives in ``cleanse.defaults``."""

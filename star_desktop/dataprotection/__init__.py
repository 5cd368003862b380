"""Data protection duties: retention (gallring), withdrawn consent, the register extract."""

"""The 4R analysis with gender-split statistics: R1 Representation, R2 Resources (figures),
R3 Realia and R4 Realisera (texts and actions), small-count protection and the exports. No Qt."""

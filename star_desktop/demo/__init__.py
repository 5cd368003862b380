"""Made-up demo teams: a seeded generator of realistic synthetic STAR data (see generator.py).

Nothing is imported here, so importing a sibling module stays cheap.
"""

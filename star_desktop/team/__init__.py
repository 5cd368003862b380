"""The team: its name, municipality, federation, parties and members."""

"""The federation office's county view (Länsam): several teams' report exports added together.

reader.py reads and checks the ``data`` sheet of each team's xlsx export; county.py sums the
rows and builds the county tables (each team side by side with the county, means and shares
recomputed from the summed counts); export.py writes the summary as xlsx and PDF. No Qt here.
"""

"""The deviations register (avvikelser) the local steering group follows up."""

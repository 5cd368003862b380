"""The case register: raising cases and taking them through the STAR co-planning process."""

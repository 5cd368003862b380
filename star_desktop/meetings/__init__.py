"""Team meetings: calendar, meeting call, agenda, guided meeting and minutes."""

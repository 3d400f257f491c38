"""The app's screens: archive, meeting, help, and the small forms."""

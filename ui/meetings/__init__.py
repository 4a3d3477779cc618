"""The meeting editor and the small dialogs shared by the meetings, actions and dashboard pages."""

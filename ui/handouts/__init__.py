"""The 明白纸 editor's parts: the grids (milestones, attached tables), the live one-page preview, the form."""

"""The weekly schedule's checks: conflicts (冲突) and merge proposals (整合会议 / 借会开会). Pure functions."""

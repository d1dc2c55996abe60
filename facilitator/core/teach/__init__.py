"""Teaching a session: the planner, the scope and sequence, presenting, saved plans and the run journal."""

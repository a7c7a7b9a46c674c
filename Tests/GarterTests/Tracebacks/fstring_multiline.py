x = None
s = f"""header
{x.upper()}
footer"""

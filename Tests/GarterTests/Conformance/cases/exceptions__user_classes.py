class AppError(Exception):
    """Base for app errors."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class NotFoundError(AppError):
    pass
def validate(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if len(user["name"]) < 2:
        raise ValidationError("name", "too short")
    if user.get("age", 0) < 0:
        raise ValidationError("age", "negative")
    if user["name"] == "ghost":
        raise NotFoundError("user ghost does not exist")
    return True
for u in [{"name": "ann", "age": 3}, {}, {"name": "x"}, {"name": "bob", "age": -1}, {"name": "ghost"}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("invalid:", e, "| field =", e.field, "| args =", e.args)
    except AppError as e:
        print(type(e).__name__, e, isinstance(e, Exception), AppError.__doc__)

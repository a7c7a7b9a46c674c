people = [{"name": "a", "skills": ["py", "go"]}, {"name": "b", "skills": ["rust"]}, {"name": "c", "skills": []}]
print([p["name"] for p in people if p["skills"]])
print({p["name"]: len(p["skills"]) for p in people})
print(sorted({s for p in people for s in p["skills"]}))
print([(p["name"], s) for p in people for s in p["skills"]])
skill_index = {s: [p["name"] for p in people if s in p["skills"]] for s in ["py", "rust", "java"]}
print(skill_index)

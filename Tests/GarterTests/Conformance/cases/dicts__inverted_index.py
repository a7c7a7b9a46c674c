docs = {
    1: "python is a programming language",
    2: "swift is a programming language too",
    3: "python and swift are both fun",
}
index = {}
for doc_id, text in docs.items():
    for word in text.split():
        index.setdefault(word, [])
        if doc_id not in index[word]:
            index[word].append(doc_id)
for w in sorted(index):
    print(f"{w:<12} {index[w]}")
def search(*terms):
    result = None
    for t in terms:
        ids = set(index.get(t, []))
        result = ids if result is None else result & ids
    return sorted(result or [])
print(search("python"), search("programming", "language"), search("swift", "fun"), search("rust"))

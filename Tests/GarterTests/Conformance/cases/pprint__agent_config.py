import json
import pprint

raw = '{"service": "billing", "replicas": 3, "env": {"DB_HOST": "db.internal", "DB_PORT": 5432, "FEATURE_FLAGS": ["new-ui", "fast-path", "beta-reports", "audit-log"]}, "limits": {"cpu": "500m", "memory": "1Gi"}, "owners": ["alice@example.com", "bob@example.com"]}'
config = json.loads(raw)
pprint.pprint(config)
print(pprint.pformat(config, width=100, sort_dicts=False))

#!/usr/bin/env python3
"""yaml_to_json.py IN.yaml OUT.json: the build's conversion of docs/openapi.yaml for searchd."""
import json
import sys

import yaml

with open(sys.argv[1], encoding="utf-8") as src:
    spec = yaml.safe_load(src)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump(spec, out, ensure_ascii=False, indent=1)

# Python 3: json.load, instants from datetime.isoformat() ("+00:00", microseconds when present), times of day from
# time.isoformat() ("03:00:00"), coordinates from f"{lat},{lon}" (Python's repr of floats: "1e-05"), then
# json.dumps with ensure_ascii=True (every non-ASCII character as \uXXXX, surrogate pairs for astral ones).
import json, re, sys
from datetime import datetime, time

with open(sys.argv[1], encoding='utf-8') as f:
    doc = json.load(f)
for p in ('created', 'modified'):
    doc['metadata'][p] = datetime.fromisoformat(doc['metadata'][p].replace('Z', '+00:00')).isoformat()
t = doc['timing']
for p in ('timeOfDay', 'endTimeOfDay'):
    if p in t:
        m = re.fullmatch(r'(~|not before |not after )?(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?', t[p])
        micro = int((m.group(5) or '0').ljust(6, '0')[:6])
        t[p] = (m.group(1) or '') + time(int(m.group(2)), int(m.group(3)), int(m.group(4) or 0), micro).isoformat()
loc = doc['location']
if 'coordinates' in loc:
    lat, lon = (float(x) for x in loc['coordinates'].split(','))
    loc['coordinates'] = f'{lat},{lon}'
pretty = len(sys.argv) > 2 and sys.argv[2] == 'pretty'
print(json.dumps(doc, ensure_ascii=True, indent=4 if pretty else None))

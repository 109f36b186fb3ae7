#!/bin/bash
# Instructions executed per pass over the dev corpus, counted by callgrind: unlike seconds,
# the count is the same from run to run whatever else the machine is doing, so a change of
# a few per cent can be seen. String hashing is seeded (PYTHONHASHSEED=0): with a random seed
# the count of one commit moved by up to 5 M from run to run. Takes about a minute.
#
#   bash benchmarks/count_instructions.sh [CORPUS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/corpus/dev}
python=${PYTHON:-$root/.venv/bin/python}
count() {
  PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$python" -c "
import pathlib, vnadmindoc
from vnadmindoc import segment
texts = [p.read_text(encoding='utf-8') for p in sorted(pathlib.Path('$corpus').glob('*.txt'))]
for _ in range($1):
    getattr(segment.is_noise_line, 'cache_clear', lambda: None)()
    for t in texts:
        vnadmindoc.parse(t)
" 2>&1 | grep -o "Collected : [0-9]*" | grep -o "[0-9]*"
}
one=$(count 1)
three=$(count 3)
# The difference leaves out start-up and imports.
echo "instructions per corpus pass: $(( (three - one) / 2 / 1000000 )) M"

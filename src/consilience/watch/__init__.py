"""The live desk: watch feeds, pages and folders, and alert when a story changes.

`Watcher.round` polls every source once; `run_rounds` repeats it until stopped.
"""

from consilience.watch.alerts import Alert, AlertKind, story_alerts
from consilience.watch.rounds import Round, Watcher, run_rounds
from consilience.watch.sources import poll

__all__ = ["Alert", "AlertKind", "Round", "Watcher", "poll", "run_rounds", "story_alerts"]

"""The reference for bench_echo: a bare Textual app whose TextArea has the focus (the
widgets of bench_live's ``BareApp``, no data, no saving). ``python -m bench.echo_bare``."""

from __future__ import annotations

from textual.widgets import TextArea

from bench.bench_live import BareApp


class EchoBareApp(BareApp):
    def on_mount(self) -> None:
        self.query_one(TextArea).focus()


if __name__ == "__main__":
    EchoBareApp().run()

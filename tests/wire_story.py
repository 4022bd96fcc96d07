"""One agency story and the near-copies outlets made of it, for the near-duplicate tests."""

from __future__ import annotations

LEAD = (
    "Latvia expelled two Russian diplomats on Tuesday, accusing them of activities "
    "incompatible with their diplomatic status."
)
BODY = (
    "The Latvian foreign ministry said the two officials, who worked at the Russian embassy "
    "in Riga, had been declared persona non grata and given five days to leave the country.\n\n"
    "The ministry did not give details of the accusations, but a spokesman said the decision "
    "followed an investigation by the state security service that had lasted several months.\n\n"
    "Moscow condemned the move as unfriendly and said it reserved the right to respond, the "
    "Russian state news agency reported, quoting a source in the foreign ministry.\n\n"
    "Relations between the two countries have deteriorated sharply over the past two years, "
    "and the number of Russian diplomats in Riga has already been reduced twice."
)

WIRE = f"{LEAD}\n\n{BODY}"

# Same story, a local first paragraph added and the lead's day made explicit.
COPY_WITH_INTRO = (
    "RIGA (Baltic Desk) - Another diplomatic row broke out in the Baltic on Tuesday.\n\n"
    f"{LEAD}\n\n{BODY}"
)

# Same story, the lead sentence edited and the last paragraph cut.
EDITED_LEAD = (
    "Latvia on Tuesday expelled two Russian diplomats, accusing them of activities "
    "incompatible with their status as diplomats."
)
COPY_EDITED = f"{EDITED_LEAD}\n\n" + BODY.rsplit("\n\n", 1)[0]

# Same news, written up independently: not a copy.
OWN_REPORT = (
    "Two members of Russia's diplomatic mission in Riga must leave Latvia within five days, "
    "the government announced, in the latest of a series of expulsions. Officials in Riga "
    "cited the findings of a months-long security inquiry but released no details, while "
    "the Kremlin promised a response and called the step a provocation."
)

# Unrelated news from the same day.
OTHER_STORY = (
    "The finance ministry said on Tuesday that inflation slowed for the third month in a row, "
    "helped by lower energy prices and a stronger currency, and that it expected growth to "
    "pick up in the second half of the year as consumer spending recovered from its lows."
)

"""The hand-worked SFD case shared by tests/test_sfd.py and tests/test_sfd_diagram.py."""

from csiap_planner.core import sfd


def household(members=4, **answers):
    base = dict(members=members, toilet_access="own", toilet_type="flush", failure="none",
                containment="septic_tank", containment_lining="sealed", discharge="soak_pit", emptied="no",
                water_source="piped")
    base.update(answers)
    return base


# A dozen households, each with the cell and fate worked out by hand (T1: nobody drinks groundwater).
DOZEN = [
    (household(5), "T1A2C5"),                                                      # contained, not emptied
    (household(4, emptied="yes", sludge_destination="iplt"), "T1A2C5"),            # emptied, to the IPLT
    (household(3, discharge="drain"), "T1A2C6"),                                   # a got: not contained (FAQ 41)
    (household(6, containment_lining="open_bottom", discharge="drain", emptied="yes",
               sludge_destination="drain_river"), "T1A4C6"),                        # emptied, dumped
    (household(2, containment="pit", containment_lining="unlined", discharge="no_outlet"), "T1A6C10"),
    (household(4, containment="sewer", discharge="ipal_komunal"), "T1A1C4"),       # IPAL komunal (FAQ 29)
    (household(5, containment="open_drain", discharge="water_body"), "T1A1C7"),
    (household(3, toilet_access="none", toilet_type="none"), "T1B11"),
    (household(4, failure="containment"), "T1B10"),
    (household(2, containment_lining=None), sfd.UNKNOWN),                          # lining left blank
    (household(4, discharge="dont_know"), "T1A2C9"),                               # "tidak tahu": C9
    (household(None, containment="sewer", discharge=None), sfd.UNKNOWN),            # size and outlet blank
]
# By hand: 42 members in the 11 households that gave their size, so the twelfth weighs 42/11;
# 504/11 people in all. A household of m people is m * 1100 / 504 % of them.
PEOPLE = 42 * 12 / 11


def pct(persons):
    return 100.0 * persons / PEOPLE

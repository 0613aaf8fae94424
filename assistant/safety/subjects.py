"""Who else a sentence can be about: people, pets, the media, objects (see :mod:`.context`).

"My dachshund can't move his back legs", "the greyhound fell down the steps": a subject from
these lists makes a warning sign someone else's, not the speaker's."""

from __future__ import annotations

import re

PETS = (r"(?:dogs?|pup|puppy|lab|labrador|retriever|terrier|spaniel|cocker|springer|collie|"
        r"sheepdog|poodle|dachshund|sausage dog|greyhound|whippet|lurcher|beagle|pug|boxer|husky|"
        r"alsatian|german shepherd|shepherd|rottweiler|staffie|staffy|bulldog|corgi|chihuahua|"
        r"jack russell|schnauzer|doberman|mutt|hound|pony|donkey|goat|sheep|cow|ferret|bunny)")
"""Animals people keep (more in :data:`OTHERS` itself)."""

OTHERS = re.compile(
    r"\b(?:my|our|his|her|their|the|a|an|this|that|both|two|three|four|five|several|some|many|"
    r"these|those|\d+) (?:old |little |elderly |poor |best |new "
    r"|younger |older |eldest |youngest |next door )?(?:dad|father|mum|mom|mother|wife|husband|"
    r"partner|son|daughter|brother|sister|friend|mate|neighbou?r|nan|nana|gran|granny|grandma|"
    r"grandmother|grandad|granddad|grandpa|grandfather|boss|colleague|uncle|aunt|auntie|aunty|"
    r"cousin|kids?|child|children|baby|boyfriend|girlfriend|niece|nephew|patient|player|"
    r"footballer|man|woman|lady|guy|bloke|driver|dog|puppy|cat|kitten|pet|horse|parrot|rabbit|"
    r"hamster|toddler|teenager|family|client|podcast|doctor|nurse|physio|article|presenter|"
    r"reporter|phone|battery|car|laptop|computer|tv|telly|washing machine|fridge|boiler|printer|"
    r"pack|ice pack|heat pad|hot water bottle|bottle|towel|pillow|cushion|blanket|remote|cup|mug|"
    r"glass|plate|book|shelf|picture|lamp|plant|tap|pipe|roof tile|flatmate|roommate|housemate|"
    r"lodger|mate|kitty|moggy|vet|vets|budgie|tortoise|" + PETS + "|"
    r"guinea pig|goldfish|gran|grandson|granddaughter|wife's|husband's|fella|chap|youtuber|"
    r"influencer|actor|actress|character|celebrity|singer|athlete|runner|cyclist|chair leg|"
    r"coworker|co worker|workmate|boss|manager|teacher|student|pupil|guy next to me|"
    r"table leg|stool leg|bed leg|walker|climber|passenger|worker|miner|soldier|fan|boy|girl|lad|lass|bairn|wean|kiddo|grandkid|grandchild)"
    r"(?:s|'s)?\b"
    r"|^(?:dad|mum|mom|mother|father|nan|gran|grandma|grandad|granny|auntie|uncle)(?:'s)?\b"
    r"|\b(?:dad|mum|mom|nan|gran|grandma|grandad|granny)'s\b"
    r"|\b(?:he|she|he's|she's|he'd|she'd|someone|somebody|everyone|people|nobody|anyone|a friend|"
    r"the dog|the cat|the vet|kitty|moggy)\b")
"""A subject other than the speaker: a person, a pet, the media, an object."""

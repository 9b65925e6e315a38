"""All English wording of the checking core, in one place.

The model (`quantity`, `claim`) and the rules (`detectors/`, `estimate`) hold data; the words
a reader sees are written here:

* `numbers`: a number and the hedge before it ("1,085", "more than ");
* `english`: a quantity, an interval, a share, a period, the claimants, a list, a sentence;
* `summaries`: the one-sentence summary of each discrepancy kind and of a revision;
* `estimates`: the sentence of an estimate.

The model keeps `Quantity.format`, `Period.describe` and `Claim.who` as public methods that
delegate here.
"""

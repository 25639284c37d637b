namespace FoiPortal.Core.DisclosureLog;

/// <summary>
/// Word forms the Porter stemmer cannot join, because the word changes inside rather than at its end: "knives" stems to
/// "knive" and "knife" to "knife", so a search for one would not find the other. Each group here is searched as any of
/// its members (at query time, so the index is not rebuilt when a group is added). Kept small and to the words FOI
/// requests are made of: weapons, people, crimes, places, money. Regular plurals and tenses need no entry.
/// </summary>
public static class WordForms
{
    private static readonly string[][] Groups =
    [
        ["knife", "knives"],
        ["life", "lives"],
        ["wife", "wives"],
        ["thief", "thieves"],
        ["leaf", "leaves"],
        ["half", "halves"],
        ["shelf", "shelves"],
        ["wolf", "wolves"],
        ["calf", "calves"],
        ["self", "selves"],
        ["man", "men"],
        ["woman", "women"],
        ["child", "children"],
        ["person", "people"],
        ["policeman", "policemen"],
        ["policewoman", "policewomen"],
        ["foot", "feet"],
        ["tooth", "teeth"],
        ["mouse", "mice"],
        ["goose", "geese"],
        ["criterion", "criteria"],
        ["phenomenon", "phenomena"],
        ["analysis", "analyses"],
        ["crisis", "crises"],
        ["index", "indices", "indexes"],
        ["appendix", "appendices", "appendixes"],
        ["matrix", "matrices"],
        ["steal", "stole", "stolen"],
        ["drive", "drove", "driven"],
        ["ride", "rode", "ridden"],
        ["fight", "fought"],
        ["catch", "caught"],
        ["buy", "bought"],
        ["bring", "brought"],
        ["teach", "taught"],
        ["think", "thought"],
        ["seek", "sought"],
        ["flee", "fled"],
        ["hold", "held"],
        ["shoot", "shot"],
        ["sell", "sold"],
        ["tell", "told"],
        ["spend", "spent"],
        ["send", "sent"],
        ["pay", "paid"],
        ["lose", "lost"],
        ["leave", "left"],
        ["run", "ran"],
        ["give", "gave", "given"],
        ["take", "took", "taken"],
        ["write", "wrote", "written"],
        ["speak", "spoke", "spoken"],
        ["break", "broke", "broken"],
        ["choose", "chose", "chosen"],
        ["go", "went", "gone"],
        ["die", "died", "dies", "dying"],
    ];

    private static readonly Dictionary<string, string[]> ByWord = BuildIndex();

    /// <summary>
    /// The word and the other forms of it that must be searched too, the word itself first; just the word when it has
    /// none. Case is ignored; the forms are lower case.
    /// </summary>
    public static IReadOnlyList<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return ByWord.TryGetValue(word, out var group)
            ? [word, .. group.Where(w => !string.Equals(w, word, StringComparison.OrdinalIgnoreCase))]
            : [word];
    }

    /// <summary>Every group, for tests and the documentation.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> All => Groups;

    private static Dictionary<string, string[]> BuildIndex()
    {
        var index = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in Groups)
        {
            foreach (var word in group)
            {
                index.Add(word, group);
            }
        }

        return index;
    }
}

namespace FoiPortal.Core.DisclosureLog;

/// <summary>
/// The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980), the one SQLite's FTS5
/// <c>porter</c> tokenizer applies to every word it indexes and every word it is asked for. The database decides what
/// matches; this copy exists so that an excerpt can show the words it matched on ("groomed" for "grooming"), which
/// the database does not say. Words that are not plain ASCII letters, or shorter than three letters, are left as they
/// are (as FTS5 does). Checked against SQLite's own tokenizer in the web tests (CaseSearchTests.Stemmer_AgreesWithSqlitesPorterTokenizer).
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        if (lower.Length < 3 || lower.Length > 64 || !lower.All(char.IsAsciiLetterLower))
        {
            return lower;
        }

        var w = new Word(lower);
        w.Step1a();
        w.Step1b();
        w.Step1c();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }

    private sealed class Word(string text)
    {
        private char[] _b = text.ToCharArray();
        private int _k = text.Length; // length of the current word

        public override string ToString() => new(_b, 0, _k);

        public void Step1a()
        {
            if (Ends("sses"))
            {
                _k -= 2;
            }
            else if (Ends("ies"))
            {
                _k -= 2;
            }
            else if (!Ends("ss") && Ends("s"))
            {
                _k -= 1;
            }
        }

        public void Step1b()
        {
            if (Ends("eed"))
            {
                if (Measure(_k - 3) > 0)
                {
                    _k -= 1;
                }

                return;
            }

            var removed = false;
            if (Ends("ed") && HasVowel(_k - 2))
            {
                _k -= 2;
                removed = true;
            }
            else if (Ends("ing") && HasVowel(_k - 3))
            {
                _k -= 3;
                removed = true;
            }

            if (!removed)
            {
                return;
            }

            if (Ends("at") || Ends("bl") || Ends("iz"))
            {
                Append('e');
            }
            else if (DoubleConsonant(_k) && _b[_k - 1] is not ('l' or 's' or 'z'))
            {
                _k -= 1;
            }
            else if (Measure(_k) == 1 && Cvc(_k))
            {
                Append('e');
            }
        }

        public void Step1c()
        {
            if (Ends("y") && HasVowel(_k - 1))
            {
                _b[_k - 1] = 'i';
            }
        }

        // Each list longest first: the first ending that matches is the longest (e.g. "ement" before "ment" before "ent").
        private static readonly (string From, string To)[] Step2Rules = LongestFirst(
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ]);

        private static readonly (string From, string To)[] Step3Rules = LongestFirst(
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ]);

        private static readonly string[] Step4Suffixes =
        [
            .. new[]
            {
                "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti",
                "ous", "ive", "ize",
            }.OrderByDescending(s => s.Length),
        ];

        private static (string From, string To)[] LongestFirst((string From, string To)[] rules) => [.. rules.OrderByDescending(r => r.From.Length)];

        public void Step2() => Replace(Step2Rules);

        public void Step3() => Replace(Step3Rules);

        public void Step4()
        {
            // The longest suffix that ends the word is the one tried (e.g. "ement" before "ment" before "ent").
            var suffix = Array.Find(Step4Suffixes, Ends);
            if (suffix is null)
            {
                return;
            }

            var stem = _k - suffix.Length;
            if (suffix == "ion" && (stem == 0 || _b[stem - 1] is not ('s' or 't')))
            {
                return;
            }

            if (Measure(stem) > 1)
            {
                _k = stem;
            }
        }

        public void Step5()
        {
            if (Ends("e"))
            {
                var m = Measure(_k - 1);
                if (m > 1 || (m == 1 && !Cvc(_k - 1)))
                {
                    _k -= 1;
                }
            }

            if (_k > 1 && _b[_k - 1] == 'l' && DoubleConsonant(_k) && Measure(_k) > 1)
            {
                _k -= 1;
            }
        }

        private void Replace((string From, string To)[] rules)
        {
            // The longest ending that matches is the only one considered; it is replaced when its stem has a measure above 0.
            var at = Array.FindIndex(rules, r => Ends(r.From));
            if (at < 0)
            {
                return;
            }

            var rule = rules[at];

            var stem = _k - rule.From.Length;
            if (Measure(stem) > 0)
            {
                _k = stem;
                foreach (var c in rule.To)
                {
                    Append(c);
                }
            }
        }

        private void Append(char c)
        {
            if (_k == _b.Length)
            {
                Array.Resize(ref _b, _b.Length + 8);
            }

            _b[_k++] = c;
        }

        private bool Ends(string suffix) =>
            suffix.Length <= _k && new ReadOnlySpan<char>(_b, _k - suffix.Length, suffix.Length).SequenceEqual(suffix);

        private bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>m in [C](VC)^m[V] for the first <paramref name="length"/> letters.</summary>
        private int Measure(int length)
        {
            var m = 0;
            var i = 0;
            while (i < length && IsConsonant(i))
            {
                i++;
            }

            while (i < length)
            {
                while (i < length && !IsConsonant(i))
                {
                    i++;
                }

                if (i >= length)
                {
                    break;
                }

                while (i < length && IsConsonant(i))
                {
                    i++;
                }

                m++;
            }

            return m;
        }

        private bool HasVowel(int length)
        {
            for (var i = 0; i < length; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int length) => length >= 2 && _b[length - 1] == _b[length - 2] && IsConsonant(length - 1);

        /// <summary>The first <paramref name="length"/> letters end consonant-vowel-consonant, the last not w, x or y.</summary>
        private bool Cvc(int length) =>
            length >= 3 && IsConsonant(length - 1) && !IsConsonant(length - 2) && IsConsonant(length - 3) && _b[length - 1] is not ('w' or 'x' or 'y');
    }
}

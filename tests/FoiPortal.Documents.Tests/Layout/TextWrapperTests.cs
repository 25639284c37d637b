using FoiPortal.Documents.Layout;
using FoiPortal.Documents.Tests.Support;

namespace FoiPortal.Documents.Tests.Layout;

public class TextWrapperTests
{
    // 10 pt text in the fixed-width measurer: 5 pt a character.
    private static readonly FontSpec Font = new(10, false);

    /// <summary>The lines as shown: without the trailing space a wrapped line keeps for text extraction.</summary>
    private static List<string> Wrap(string text, int characters)
        => [.. WrapRaw(text, characters).Select(line => line.TrimEnd(' '))];

    private static List<string> WrapRaw(string text, int characters)
        => TextWrapper.Wrap(text, Font, characters * 5, FixedWidthMeasurer.Instance);

    [Fact]
    public void Lines_that_end_at_a_space_or_line_break_keep_one_trailing_space_so_extracted_words_stay_apart()
        => Assert.Equal(["one two ", "three ", "four ", "", "abcdefg", "h"], WrapRaw("one two three\nfour\n\nabcdefgh", 7));

    [Fact]
    public void Text_that_fits_stays_on_one_line()
        => Assert.Equal(["a short line"], Wrap("a short line", 20));

    [Fact]
    public void Words_wrap_greedily_at_spaces()
        => Assert.Equal(["one two", "three four", "five"], Wrap("one two three four five", 10));

    [Fact]
    public void A_word_that_exactly_fills_the_line_fits()
        => Assert.Equal(["abcdefghij", "klm"], Wrap("abcdefghij klm", 10));

    [Fact]
    public void A_word_longer_than_the_line_is_broken_between_characters()
        => Assert.Equal(["abcd", "efgh", "ij"], Wrap("abcdefghij", 4));

    [Fact]
    public void A_long_word_after_other_words_starts_on_a_new_line_and_its_last_piece_takes_following_words()
        => Assert.Equal(["hi", "abcd", "efgh", "ij k"], Wrap("hi abcdefghij k", 4));

    [Fact]
    public void Runs_of_spaces_collapse_and_ends_are_trimmed_as_in_a_browser()
        => Assert.Equal(["one two", "three"], Wrap("  one    two   three  ", 8));

    [Fact]
    public void Line_breaks_are_kept_and_an_empty_line_stays_empty()
        => Assert.Equal(["first", "", "third"], Wrap("first\n\nthird", 20));

    [Fact]
    public void Empty_text_is_one_empty_line()
        => Assert.Equal([""], Wrap("", 20));

    [Fact]
    public void A_surrogate_pair_is_never_split()
    {
        // Each emoji is two UTF-16 characters (10 pt wide here); a 3-character line can hold only one.
        var lines = Wrap("\U0001F600\U0001F600\U0001F600", 3);

        Assert.Equal(["\U0001F600", "\U0001F600", "\U0001F600"], lines);
    }

    [Fact]
    public void A_combining_accent_stays_with_its_letter()
    {
        // "e" + COMBINING ACUTE ACCENT is one text element of two characters.
        var lines = Wrap("ae\u0301b", 2);

        Assert.Equal(["a", "e\u0301", "b"], lines);
    }

    [Fact]
    public void A_line_narrower_than_one_character_still_progresses_one_character_a_line()
        => Assert.Equal(["a", "b", "c"], Wrap("abc", 0));

    [Fact]
    public void No_line_is_wider_than_the_width_when_every_word_fits()
    {
        var text = string.Join(' ', Enumerable.Range(1, 200).Select(i => new string('x', (i % 9) + 1)));

        var lines = Wrap(text, 17);

        Assert.All(lines, line => Assert.True(line.Length <= 17, $"'{line}' is {line.Length} characters"));
        Assert.Equal(text, string.Join(' ', lines));
    }

    [Fact]
    public void Measure_gives_the_widest_line_and_the_widest_word()
    {
        var (natural, longestWord) = TextWrapper.Measure("ab  cdef\nxyz", Font, FixedWidthMeasurer.Instance);

        Assert.Equal("ab cdef".Length * 5, natural);
        Assert.Equal("cdef".Length * 5, longestWord);
    }
}

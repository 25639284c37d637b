using FoiPortal.Core.DisclosureLog;

namespace FoiPortal.Core.Tests.DisclosureLog;

public class EntrySlugTests
{
    [Theory]
    [InlineData("Online Grooming", "62A/23", "online-grooming-62a-23")]
    [InlineData("  Speed cameras on the A38 ", "311A/24", "speed-cameras-on-the-a38-311a-24")]
    [InlineData("Officer's overtime (2024/25)", "FOI/2025/00012", "officers-overtime-2024-25-foi-2025-00012")]
    [InlineData("Café & bar licences — Coventry", "12/24", "cafe-bar-licences-coventry-12-24")]
    [InlineData("Ｆｕｌｌ　width", "1", "full-width-1")]
    [InlineData("!!!", "62A/23", "62a-23")]
    public void Create_LowerCaseAsciiWordsAndTheReference(string title, string reference, string slug)
    {
        Assert.Equal(slug, EntrySlug.Create(title, reference));
        Assert.True(EntrySlug.IsWellFormed(slug));
    }

    [Fact]
    public void Create_LongTitle_IsShortenedAtAWordAndKeepsTheReference()
    {
        var title = string.Join(' ', Enumerable.Repeat("policing", 40));

        var slug = EntrySlug.Create(title, "62A/23");

        Assert.True(slug.Length <= EntrySlug.MaxLength);
        Assert.EndsWith("-policing-62a-23", slug, StringComparison.Ordinal);
        Assert.True(EntrySlug.IsWellFormed(slug));
    }

    [Fact]
    public void Create_NothingUsable_Throws()
    {
        Assert.Throws<ArgumentException>(() => EntrySlug.Create("???", "//"));
    }

    [Fact]
    public void WithSuffix_NumbersASecondEntry()
    {
        Assert.Equal("online-grooming-62a-23-2", EntrySlug.WithSuffix("online-grooming-62a-23", 2));
        Assert.True(EntrySlug.WithSuffix(new string('a', EntrySlug.MaxLength), 12).Length <= EntrySlug.MaxLength);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Online-Grooming")]
    [InlineData("online--grooming")]
    [InlineData("-online")]
    [InlineData("online-")]
    [InlineData("online_grooming")]
    [InlineData("feed.atom")]
    [InlineData("../../etc/passwd")]
    [InlineData("grooming%20")]
    public void IsWellFormed_RejectsAnythingCreateCannotMake(string slug)
    {
        Assert.False(EntrySlug.IsWellFormed(slug));
    }
}

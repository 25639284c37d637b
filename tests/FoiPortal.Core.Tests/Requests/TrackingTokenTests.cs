using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Tests.Requests;

public class TrackingTokenTests
{
    [Fact]
    public void Create_Gives256BitUrlSafeTokensStoredOnlyAsTheirHash()
    {
        var (token, hash) = TrackingToken.Create();

        Assert.Equal(43, token.Length); // 32 bytes in unpadded base64url
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.True(TrackingToken.LooksValid(token));
        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
        Assert.Equal(hash, TrackingToken.Hash(token));
    }

    [Fact]
    public void Hash_IsSha256Hex()
    {
        // SHA-256("abc"), FIPS 180-2 test vector.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TrackingToken.Hash("abc"));
    }

    [Fact]
    public void Create_NeverRepeats()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => TrackingToken.Create().Token).ToHashSet();

        Assert.Equal(1000, tokens.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/")]
    public void LooksValid_RejectsWrongShapes(string? token) => Assert.False(TrackingToken.LooksValid(token));
}

using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;

namespace FoiPortal.Core.Tests.Responses;

public sealed class ResponseDeliveryTests
{
    private const string Address = "1 High Street\nBirmingham\nB1 1AA";

    [Theory]
    [InlineData("sam@example.org", null, PreferredFormat.Email, DeliveryMethod.Email)]
    [InlineData("sam@example.org", Address, PreferredFormat.Email, DeliveryMethod.Email)]
    [InlineData("sam@example.org", Address, PreferredFormat.MachineReadable, DeliveryMethod.Email)]
    // s.11(1)(a): asked for a paper copy and gave an address.
    [InlineData("sam@example.org", Address, PreferredFormat.PaperCopy, DeliveryMethod.Post)]
    // Asked for paper but gave no address: email is the only way.
    [InlineData("sam@example.org", null, PreferredFormat.PaperCopy, DeliveryMethod.Email)]
    // A request by post with no email address.
    [InlineData("", Address, PreferredFormat.Email, DeliveryMethod.Post)]
    [InlineData("  ", Address, PreferredFormat.PaperCopy, DeliveryMethod.Post)]
    public void For_ChoosesEmailOrPost(string? email, string? address, PreferredFormat format, DeliveryMethod expected) =>
        Assert.Equal(expected, ResponseDelivery.For(email, address, format));

    [Fact]
    public void For_WithNeitherAddress_IsNull() =>
        Assert.Null(ResponseDelivery.For(string.Empty, " ", PreferredFormat.PaperCopy));
}

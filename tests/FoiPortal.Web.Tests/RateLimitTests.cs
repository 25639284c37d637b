using System.Net;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FoiPortal.Web.Tests;

public sealed class RateLimitTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task PublicPosts_OverTheLimit_Get429WithAnExplanationAndReadsStillWork()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:PublicPostsPerMinute", "3"));
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await Html.GetAsync(client, "/requests/new");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await Html.PostFormAsync(client, form, new Dictionary<string, string>());
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("You have sent too many requests", (await Html.ParseAsync(last)).QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/requests/new", UriKind.Relative))).StatusCode);
    }
}

using FoiPortal.Core.Intake;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Infrastructure.Seeding;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests.Intake;

/// <summary>Issue 16: the demo inbox is imported through the real importer, once, and files nothing to the demo cases.</summary>
public sealed class DemoInboxTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<List<InboundMessage>> DemoAsync() =>
        factory.WithDbAsync(db => db.InboundMessages.AsNoTracking().Where(m => m.Source.StartsWith("demo:")).OrderBy(m => m.Source).ToListAsync());

    [Fact]
    public async Task DemoInbox_HasARequest_AWhatDoTheyKnowRequest_AnAutoReply_ASpam_AndAnUnreadableFile()
    {
        var demo = await DemoAsync();

        Assert.Equal(
            [
                ("alex.morgan@example.org", InboundStatus.New),
                ("request-1234-abcd@whatdotheyknow.com", InboundStatus.New),
                ("chris.jones@example.net", InboundStatus.NotARequest),
                ("offers@rank-boost.example", InboundStatus.New),
                (string.Empty, InboundStatus.Unreadable),
            ],
            demo.Select(m => (m.FromAddress, m.Status)).ToList());
        Assert.Equal(NotARequestReason.AutomaticReply, demo[2].NotARequestReason);
        Assert.All(demo, m => Assert.Null(m.RequestId));
        Assert.Contains("1. The number of knife crime offences", demo[0].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoInbox_SeededAgain_ImportsNothingTwice()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DevelopmentSeeder>().SeedInboxAsync(factory.Services.GetRequiredService<IntakeImporter>());

        Assert.Equal(5, (await DemoAsync()).Count);
    }
}

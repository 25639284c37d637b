using System.Net;
using FoiPortal.Web.Infrastructure.Mediation;
using FoiPortal.Web.Pages.Staff.DisclosureLog;
using FoiPortal.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FoiPortal.Web.Tests;

/// <summary>Issue 12: who acts comes from the pipeline, never from a page or a default like "unknown".</summary>
public sealed class ActorPipelineTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task StaffCommand_WithNoSignedInUserAndNoActor_IsRefusedBeforeTheHandler()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var entryId = await factory.WithDbAsync(db => db.DisclosureLogEntries.Select(e => e.Id).FirstAsync());

        var refused = await Assert.ThrowsAsync<StaffForbiddenException>(async () => await mediator.Send(new WithdrawEntry.Command(entryId, "No one is signed in")));

        Assert.Equal("Sign in as a member of staff to do this.", refused.Message);
    }

    [Fact]
    public async Task ManagerOnlyCommand_PostedByAnOfficer_Is403AndChangesNothing()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        var entryId = await factory.WithDbAsync(db => db.DisclosureLogEntries.Select(e => e.Id).FirstAsync());
        var page = await Html.GetAsync(client, "/staff/cases/new");
        var before = await factory.WithDbAsync(db => db.DisclosureLogEntries.Where(e => e.Id == entryId).Select(e => e.ConcurrencyStamp).SingleAsync());

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Comment"] = "Not mine to return" }, $"/staff/disclosure-log/{entryId}?handler=Return");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(["Only managers can do this."], Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Equal(before, await factory.WithDbAsync(db => db.DisclosureLogEntries.Where(e => e.Id == entryId).Select(e => e.ConcurrencyStamp).SingleAsync()));
    }

    [Fact]
    public async Task SignedInOfficer_IsTheActor_EvenWhenTheFormNamesSomeoneElse()
    {
        var reference = Journey.Reference(await Journey.MakeRequestAsync(factory.CreateBrowserLikeClient()));
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, "officer@foiportal.test");
        var id = await factory.WithDbAsync(db => db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        var page = await Html.GetAsync(client, $"/staff/cases/{id}/regime");

        var response = await Html.PostFormAsync(client, page, new Dictionary<string, string> { ["Data.Regime"] = "Eir", ["Data.Actor"] = "manager@foiportal.test" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var actor = await factory.WithDbAsync(db => db.Requests.Where(r => r.Id == id).SelectMany(r => r.Events).Where(e => e.Kind == "RegimeChanged").Select(e => e.Actor).SingleAsync());
        Assert.Equal("officer@foiportal.test", actor);
    }
}

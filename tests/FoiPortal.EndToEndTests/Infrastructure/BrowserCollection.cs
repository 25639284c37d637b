namespace FoiPortal.EndToEndTests.Infrastructure;

/// <summary>All browser tests share one app instance and one Chromium; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PortalServer>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

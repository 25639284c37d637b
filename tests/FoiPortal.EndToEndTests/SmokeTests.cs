using FoiPortal.Core;

namespace FoiPortal.EndToEndTests;

public class SmokeTests
{
    [Fact]
    public void CoreAssembly_IsNamed() => Assert.Equal("FoiPortal.Core", typeof(CoreAssembly).Assembly.GetName().Name);
}

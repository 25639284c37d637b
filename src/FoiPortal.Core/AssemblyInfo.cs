namespace FoiPortal.Core;

/// <summary>Marker for assembly scanning (validators, EF mappings).</summary>
public static class CoreAssembly;

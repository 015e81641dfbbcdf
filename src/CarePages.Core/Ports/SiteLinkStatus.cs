namespace CarePages.Core.Ports;

/// <summary>What a site knows about where one of its own URLs leads.</summary>
public enum SiteLinkStatus
{
    /// <summary>The site cannot tell (a route it does not own, a file, a setup it cannot read): nothing is reported.</summary>
    Unknown,

    /// <summary>A page in the culture asked about.</summary>
    Page,

    /// <summary>A page, but in another language than the one asked about.</summary>
    PageInOtherCulture,

    /// <summary>No page: patients get "page not found".</summary>
    Missing,
}

namespace CarePages.Core.Ports;

/// <summary>How a draft save ended.</summary>
public enum DraftSaveStatus
{
    /// <summary>The draft was saved.</summary>
    Saved,

    /// <summary>The draft changed after it was read (another save came first); nothing was saved.</summary>
    Conflict,

    /// <summary>The document no longer exists; nothing was saved.</summary>
    NotFound,
}

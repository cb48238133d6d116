namespace NaverWorks.Provisioning
{
    /// <summary>A group member as given: an id (or a user's email, resolved before sending) and its type.</summary>
    public sealed class GroupMemberRef
    {
        /// <summary>Creates a reference.</summary>
        public GroupMemberRef(string id, string type)
        {
            Id = id;
            Type = type;
        }

        /// <summary>USER, ORGUNIT or GROUP.</summary>
        public string Type { get; }

        /// <summary>The id, externalKey:KEY, or for users a login email.</summary>
        public string Id { get; }

        /// <summary>True for a user named by email, which is turned into the user id first.</summary>
        public bool IsUserEmail => Type == "USER" && Id.IndexOf('@') > 0;

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}

"""``observatory batch``: ingest-normalise and extract on a Dask cluster, into Parquet partitions.

``partitions`` reads inputs into content-named partitions and writes each one's documents
and claims atomically; ``runner`` drives a ``dask.distributed`` client over them; ``loader``
puts finished partitions into PostgreSQL with ``COPY``.
"""

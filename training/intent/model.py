"""A small DeBERTa-v3-style encoder with two classification heads (task type, complexity).

DeBERTa pieces kept: no absolute position embeddings in the input; disentangled self-attention with content-to-content,
content-to-position (c2p) and position-to-content (p2c) terms over log-bucketed relative positions
(`make_log_bucket_position` as in DeBERTa-v2/v3), one shared relative-position embedding table with LayerNorm
(norm_rel_ebd), position projections shared with the content projections (share_att_key), scale 1/sqrt(3·d).
Everything is written with plain tensor ops (no custom autograd functions) so that it exports to ONNX with dynamic
batch and sequence axes: relative positions are computed inside the graph from the sequence length, position lookups
use torch.gather (GatherElements).

Heads: pooled [CLS] (dense + GELU) concatenated with a masked mean of the last hidden states and with a cheap
bag-of-tokens feature (masked mean of a separate small token embedding, fastText-style) → task logits (13) and
complexity logits (3). The bag-of-tokens branch lets the model pick up keyword evidence quickly from little data.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, asdict

import torch
from torch import nn


@dataclass
class Config:
    vocab_size: int = 8000
    hidden: int = 256
    layers: int = 4
    heads: int = 4
    ffn: int = 1024
    position_buckets: int = 64
    max_relative_positions: int = 512
    dropout: float = 0.1
    bag_dim: int = 64
    n_labels: int = 13
    n_complexity: int = 3

    def to_dict(self) -> dict:
        return asdict(self)


def log_bucket_position(rel: torch.Tensor, bucket_size: int, max_position: int) -> torch.Tensor:
    """DeBERTa's make_log_bucket_position, with tensor ops only (exports to ONNX)."""
    relf = rel.to(torch.float32)
    sign = torch.sign(relf)
    mid = bucket_size // 2
    abs_pos = torch.where((rel < mid) & (rel > -mid), torch.full_like(relf, mid - 1), torch.abs(relf))
    log_pos = torch.ceil(torch.log(abs_pos / mid) / math.log((max_position - 1) / mid) * (mid - 1)) + mid
    bucket = torch.where(abs_pos <= mid, relf, log_pos * sign)
    return bucket.to(torch.int64)


class DisentangledSelfAttention(nn.Module):
    def __init__(self, c: Config):
        super().__init__()
        self.h = c.heads
        self.d = c.hidden // c.heads
        self.q = nn.Linear(c.hidden, c.hidden)
        self.k = nn.Linear(c.hidden, c.hidden)
        self.v = nn.Linear(c.hidden, c.hidden)
        self.o = nn.Linear(c.hidden, c.hidden)
        self.drop = nn.Dropout(c.dropout)
        self.span = c.position_buckets
        self.scale = 1.0 / math.sqrt(self.d * 3)

    def split(self, x: torch.Tensor) -> torch.Tensor:  # (B, L, H) -> (B, h, L, d)
        b, L, _ = x.shape
        return x.view(b, L, self.h, self.d).transpose(1, 2)

    def forward(self, x, add_mask, rel_emb, c2p_idx, p2c_idx):
        b, L, H = x.shape
        q = self.split(self.q(x))
        k = self.split(self.k(x))
        v = self.split(self.v(x))
        # shared projections for the relative embeddings (share_att_key): (2S, H) -> (h, 2S, d)
        pos_k = self.k(rel_emb).view(-1, self.h, self.d).transpose(0, 1)
        pos_q = self.q(rel_emb).view(-1, self.h, self.d).transpose(0, 1)
        scores = torch.matmul(q, k.transpose(-1, -2))  # c2c
        c2p = torch.matmul(q, pos_k.transpose(-1, -2).unsqueeze(0))  # (B, h, L, 2S)
        c2p = torch.gather(c2p, -1, c2p_idx.expand(b, self.h, L, L))
        p2c = torch.matmul(k, pos_q.transpose(-1, -2).unsqueeze(0))  # (B, h, L, 2S)
        p2c = torch.gather(p2c, -1, p2c_idx.expand(b, self.h, L, L)).transpose(-1, -2)
        scores = (scores + c2p + p2c) * self.scale + add_mask
        attn = self.drop(torch.softmax(scores, dim=-1))
        ctx = torch.matmul(attn, v).transpose(1, 2).reshape(b, L, H)
        return self.o(ctx)


class Layer(nn.Module):
    def __init__(self, c: Config):
        super().__init__()
        self.attn = DisentangledSelfAttention(c)
        self.ln1 = nn.LayerNorm(c.hidden, eps=1e-7)
        self.ff1 = nn.Linear(c.hidden, c.ffn)
        self.ff2 = nn.Linear(c.ffn, c.hidden)
        self.ln2 = nn.LayerNorm(c.hidden, eps=1e-7)
        self.drop = nn.Dropout(c.dropout)

    def forward(self, x, add_mask, rel_emb, c2p_idx, p2c_idx):
        x = self.ln1(x + self.drop(self.attn(x, add_mask, rel_emb, c2p_idx, p2c_idx)))
        return self.ln2(x + self.drop(self.ff2(torch.nn.functional.gelu(self.ff1(x)))))


class IntentModel(nn.Module):
    def __init__(self, c: Config):
        super().__init__()
        self.c = c
        self.emb = nn.Embedding(c.vocab_size, c.hidden)
        self.emb_ln = nn.LayerNorm(c.hidden, eps=1e-7)
        self.rel = nn.Embedding(2 * c.position_buckets, c.hidden)
        self.rel_ln = nn.LayerNorm(c.hidden, eps=1e-7)
        self.layers = nn.ModuleList([Layer(c) for _ in range(c.layers)])
        self.drop = nn.Dropout(c.dropout)
        self.pool = nn.Linear(c.hidden, c.hidden)
        self.bag = nn.Embedding(c.vocab_size, c.bag_dim)
        feat = 2 * c.hidden + c.bag_dim + 1
        self.task_head = nn.Linear(feat, c.n_labels)
        self.cx_head = nn.Linear(feat, c.n_complexity)
        self.mlm_head = nn.Linear(c.hidden, c.vocab_size)  # pretraining only; not exported
        self.apply(self._init)

    @staticmethod
    def _init(m):
        if isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, std=0.02)
            nn.init.zeros_(m.bias)
        elif isinstance(m, nn.Embedding):
            nn.init.normal_(m.weight, std=0.02)

    def rel_indices(self, L: int, device) -> tuple[torch.Tensor, torch.Tensor]:
        pos = torch.arange(L, device=device)
        rel = pos.unsqueeze(1) - pos.unsqueeze(0)  # i - j
        bucket = log_bucket_position(rel, self.c.position_buckets, self.c.max_relative_positions)
        span = self.c.position_buckets
        c2p = torch.clamp(bucket + span, 0, 2 * span - 1)
        p2c = torch.clamp(-bucket + span, 0, 2 * span - 1)
        return c2p.view(1, 1, L, L), p2c.view(1, 1, L, L)

    def encode(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        L = input_ids.shape[1]
        maskf = attention_mask.to(torch.float32)
        x = self.drop(self.emb_ln(self.emb(input_ids))) * maskf.unsqueeze(-1)
        add_mask = ((1.0 - maskf) * -10000.0).view(maskf.shape[0], 1, 1, L)
        rel_emb = self.rel_ln(self.rel.weight)
        c2p_idx, p2c_idx = self.rel_indices(L, input_ids.device)
        for layer in self.layers:
            x = layer(x, add_mask, rel_emb, c2p_idx, p2c_idx)
        return x

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor):
        x = self.encode(input_ids, attention_mask)
        maskf = attention_mask.to(torch.float32).unsqueeze(-1)
        n = maskf.sum(1).clamp(min=1.0)
        cls = torch.nn.functional.gelu(self.pool(x[:, 0]))
        mean = (x * maskf).sum(1) / n
        bag = (self.bag(input_ids) * maskf).sum(1) / n
        loglen = torch.log(n) / 5.0
        feat = self.drop(torch.cat([cls, mean, bag, loglen], dim=-1))
        return self.task_head(feat), self.cx_head(feat)
